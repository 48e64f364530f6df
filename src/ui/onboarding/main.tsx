import { bootPage } from '../components/boot';

// Placeholder until the page is built.
await bootPage(() => <h1>Wallet Sentinel</h1>);
