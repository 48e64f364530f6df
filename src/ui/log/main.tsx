import { bootPage } from '../components/boot';
import { LogApp } from './log-app';

// The export and data panels (src/ui/export/) mount in the page's slots through
// `exportPanel={(filter) => …}` and `dataPanel={…}`.
await bootPage(({ db, settings }) => <LogApp db={db} settings={settings} />);
