/**
 * ISCO groups are broader than any occupation filed under them; when a title matches a group and
 * one of its occupations about equally well, the occupation is the better link.
 */
export const ISCO_GROUP_PRIOR = { pattern: /\/esco\/isco\//, factor: 0.97 } as const;
