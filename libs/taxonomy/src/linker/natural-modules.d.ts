// natural ships types only for its package root and folder barrels; the root import is banned (it reads
// .env and loads database drivers), so the single modules loaded here get their types declared here.
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl' {
  import type { Stemmer } from 'natural/lib/natural/stemmers';
  const stemmer: Stemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer_de' {
  import type { Stemmer } from 'natural/lib/natural/stemmers';
  const stemmer: Stemmer;
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  import type { Stemmer } from 'natural/lib/natural/stemmers';
  const stemmer: Stemmer;
  export default stemmer;
}
