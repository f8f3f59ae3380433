// The DIP API definition versions this project supports, each pinned to the commit of
// elexon-data/dip-api-documentation it was published at and the SHA-256 of every file.
// Digests are facts about Elexon's files, not copies of them; they are how `spec fetch`
// and `spec info` know a directory holds exactly the published definitions.

export interface PinnedFile {
  readonly path: string;
  readonly sha256: string;
}

export interface PinnedVersion {
  readonly version: string;
  readonly commit: string;
  readonly files: readonly PinnedFile[];
}

export const SPEC_REPOSITORY = 'elexon-data/dip-api-documentation';

export const PINNED_VERSIONS: readonly PinnedVersion[] = [
  {
    version: 'v2.1.0',
    commit: 'ceafc54379ab28d9d9ffdeda950b815cc7ba5bf1',
    files: [
      { path: 'DataCatalogue-unresolved.yaml', sha256: '7cfb615a2bedde178428b3b128c76a231fd45d1a55aa558b2c13486f232b310c' },
      { path: 'DataTypes-unresolved.yaml', sha256: '9c4a40559c090b544f3ab159b2c8f4f0beea343be5bc833d09f2d56119889ed8' },
      { path: 'ECS-CommonBlocks-unresolved.yaml', sha256: '0af6e9da7f3c6e4ccf530d678e90f61779db9acf2e14dfa60da0cef1defa85ed' },
      { path: 'ECS-Reports-unresolved.yaml', sha256: 'f63fdcc221695e498ba4dfae38344798553e27b3baffb088714e1a45c9672175' },
      { path: 'Examples-unresolved.yaml', sha256: '62da91dd37f6d6201188479ff8e027656a19baceaf09e2d6fc4e8b13d26973b1' },
      { path: 'ISDPublication/DIPISDPublication-unresolved.yaml', sha256: '69ddc34c85fc87d0f727978f7852550ebb3b07f8a3f4303480b18d482c5a3517' },
      { path: 'Interfaces-EventCodes-unresolved.yaml', sha256: 'de523d42e57894daf0c123f3cf0c2b640cb5c03109104e09192eec64d65ca091' },
      { path: 'RealCommonBlocks-unresolved.yaml', sha256: '1413b0c6e9b41d30a0e1881ebb7b96275e2b4cda6139ef6fb81c0d0f3892819c' },
      { path: 'ResponseCodes-unresolved.yaml', sha256: '1a75a4b35e230121454a969a09cb6714604e5eda889d561373fa02afb5f43df6' },
      { path: 'SubmitEvents-unresolved.yaml', sha256: 'c49a384e216125d0e338058ebf66df7a2e6ab46a1f1fb8344d3a727bb1b0d5a1' },
      { path: 'redocly.yaml', sha256: 'd0f6f62c9fc7e4e7a630b44d823329490f62847728ec15fd248f8bd4e397685b' },
    ],
  },
  {
    version: 'v1.8.3',
    commit: '5df4566992d4f909de154d3cff68bb3d05cf8e4c',
    files: [
      { path: 'DataCatalogue-unresolved.yaml', sha256: '121d8af74663c5a122d354f66929c78c2c140f5a7dcd2671c3a3d7a828ad0462' },
      { path: 'DataTypes-unresolved.yaml', sha256: 'e2f19be6023f9a3a636c8162bb497536c64c99b14d819170707cef0affd4270a' },
      { path: 'ECS-CommonBlocks-unresolved.yaml', sha256: 'b59817ab2992f0396924f80cf594478a2b7e326eb38839361e9c6a0a1347d773' },
      { path: 'ECS-Reports-unresolved.yaml', sha256: '40ee4c5b725b81b150216a7b9a6e95aef87c3c58ff325585fbaf877a14cc7646' },
      { path: 'Examples-unresolved.yaml', sha256: '62da91dd37f6d6201188479ff8e027656a19baceaf09e2d6fc4e8b13d26973b1' },
      { path: 'ISDPublication/DIPISDPublication-unresolved.yaml', sha256: '69ddc34c85fc87d0f727978f7852550ebb3b07f8a3f4303480b18d482c5a3517' },
      { path: 'Interfaces-EventCodes-unresolved.yaml', sha256: '02b85d46ea7865b3d88c05e094483682f4f43a8c8bad32ccdd5209972e2d741a' },
      { path: 'RealCommonBlocks-unresolved.yaml', sha256: '80ff75312ff46b2cfccd09a8e6c3a99b8ed6884f74ebdafcc335e5faebc1d56d' },
      { path: 'ResponseCodes-unresolved.yaml', sha256: '1a75a4b35e230121454a969a09cb6714604e5eda889d561373fa02afb5f43df6' },
      { path: 'SubmitEvents-unresolved.yaml', sha256: '8b60a7a5664b4e90b2c5dc8cbfc13d29a2b1888a3fe634e9bdb45e09f00122e0' },
      { path: 'redocly.yaml', sha256: '73c320b9207c33ac2980b270badc854a057e147aebb3dfcacab9c2b713dc0a5b' },
    ],
  },
];

export const DEFAULT_SPEC_VERSION = 'v2.1.0';

export function pinnedVersion(version: string): PinnedVersion {
  const pinned = PINNED_VERSIONS.find((candidate) => candidate.version === version);
  if (!pinned) {
    const known = PINNED_VERSIONS.map((candidate) => candidate.version).join(', ');
    throw new SpecError(`DIP API definitions version '${version}' is not supported; choose one of ${known}`);
  }
  return pinned;
}

/** An error about the spec a person can fix (missing directory, unknown version, bad digest). */
export class SpecError extends Error {
  override readonly name = 'SpecError';
}
