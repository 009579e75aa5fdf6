import { packageConfig } from '../../tsdown.shared.ts';

export default packageConfig(['src/index.ts', 'src/provider.ts', 'src/internal.ts', 'src/testing.ts', 'src/public.ts']);
