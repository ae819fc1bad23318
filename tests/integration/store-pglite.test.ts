import { wrapPglite } from '../../server/db/pglite-store';
import { freshPglite } from '../helpers/pglite';
import { storeSuite } from '../store/suite';

storeSuite('PGlite', {
	open: async () => wrapPglite(await freshPglite()),
	dispose: (store) => store.close()
});
