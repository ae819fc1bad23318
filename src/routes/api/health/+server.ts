import { json } from '@sveltejs/kit';

// The app is fully built (store open, migrations applied, demo seeded) before the server
// listens, so answering at all means ready.
export const GET = () => json({ ok: true });
