// The market around the participant, as the suite plays it: one Registration Service, the
// settlement services a Data Service sends to (MDS, LSS), and the service providers and
// Suppliers a scenario needs on the other side of each message. Fixed
// DIP IDs and MPIDs, so evidence reads the same in every run.
import type { Party } from '../../mocks/isd/party-directory.ts';

export const SIMULATED = {
  smrs: { dipId: '2000000001', mpid: 'SMRS', role: 'REGS', name: 'Registration Service (simulated SMRS)' },
  distributor: { dipId: '2100000001', mpid: 'LDSO', role: 'LDSO', name: 'Distributor (simulated)' },
  smartMeteringService: { dipId: '3000000001', mpid: 'SIMS', role: 'MSS', name: 'Smart Metering Service (simulated)' },
  advancedMeteringService: { dipId: '3000000002', mpid: 'SIMA', role: 'MSA', name: 'Advanced Metering Service (simulated)' },
  incumbentMeteringService: { dipId: '3000000003', mpid: 'OLDM', role: 'MSS', name: 'Incumbent Metering Service (simulated)' },
  smartDataService: { dipId: '5000000001', mpid: 'SIMD', role: 'SDS', name: 'Smart Data Service (simulated)' },
  advancedDataService: { dipId: '5000000002', mpid: 'SIAD', role: 'ADS', name: 'Advanced Data Service (simulated)' },
  incumbentDataService: { dipId: '5000000003', mpid: 'OLDD', role: 'SDS', name: 'Incumbent Data Service (simulated)' },
  otherSupplier: { dipId: '6000000001', mpid: 'OTHS', role: 'SUP', name: 'Current Supplier (simulated)' },
  gainingSupplier: { dipId: '6000000002', mpid: 'GAIN', role: 'SUP', name: 'Gaining Supplier (simulated)' },
  marketWideDataService: { dipId: '2200000001', mpid: 'MDSS', role: 'MDS', name: 'Market-wide Data Service (simulated MDS)' },
  loadShapingService: { dipId: '2300000001', mpid: 'LSSS', role: 'LSS', name: 'Load Shaping Service (simulated LSS)' },
} as const satisfies Record<string, Party>;

export const simulatedParties = (): Party[] => Object.values(SIMULATED);
