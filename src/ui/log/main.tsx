import { bootPage } from '../components/boot';
import { DataPanel } from '../evidence/data-panel';
import { ExportPanel } from '../evidence/export-panel';
import { preloadLogView } from '../../views/log-list';
import { LogApp } from './log-app';

preloadLogView();

await bootPage(({ db, settings }) => (
  <LogApp
    db={db}
    settings={settings}
    exportPanel={(filter) => <ExportPanel db={db} filter={filter} />}
    dataPanel={<DataPanel db={db} settings={settings} />}
  />
));
