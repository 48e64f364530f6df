import { bootPage } from '../components/boot';
import { CasesApp } from './cases-app';

await bootPage(({ db, settings }) => (
  <CasesApp db={db} settings={settings} params={new URLSearchParams(location.search)} />
));
