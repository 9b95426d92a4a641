import { Test } from '@nestjs/testing';
import { ConfigError, ConfigModule, loadConfig } from '@wt/config';
import { GeoModule } from './geo.module';
import { GeoService } from './geo.service';

async function geoServiceFor(env: NodeJS.ProcessEnv): Promise<GeoService> {
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(loadConfig({ LOG_LEVEL: 'silent', ...env })), GeoModule],
  }).compile();
  return moduleRef.get(GeoService);
}

describe('GeoModule', () => {
  it('reads GEO_DATA_DIR, empty meaning unset', () => {
    expect(loadConfig({}).geo.dataDir).toBeUndefined();
    expect(loadConfig({ GEO_DATA_DIR: '' }).geo.dataDir).toBeUndefined();
    expect(loadConfig({ GEO_DATA_DIR: '/srv/geo' }).geo.dataDir).toBe('/srv/geo');
  });

  it('provides the starter set without GEO_DATA_DIR, loaded once per process', async () => {
    const first = await geoServiceFor({});
    expect(first.summary.source).toBe('starter');
    expect(first.locate({ postcode: '7511 AB', country: 'NL' })?.label).toBe('Enschede');
    expect(await geoServiceFor({})).toBe(first);
  });

  it('stops with a configuration error naming GEO_DATA_DIR when the folder is unusable', async () => {
    const failing = geoServiceFor({ GEO_DATA_DIR: '/nonexistent/geo' });
    await expect(failing).rejects.toThrow(ConfigError);
    await expect(geoServiceFor({ GEO_DATA_DIR: '/nonexistent/geo' })).rejects.toThrow(
      /^Invalid configuration: GEO_DATA_DIR cannot be loaded: .*nonexistent\/geo/,
    );
  });
});
