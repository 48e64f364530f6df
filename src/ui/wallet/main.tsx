import { bootPage } from '../components/boot';
import { WalletApp } from './wallet-app';

await bootPage(({ db, settings }) => (
  <WalletApp
    db={db}
    settings={settings}
    id={new URLSearchParams(location.search).get('id') ?? ''}
  />
));
