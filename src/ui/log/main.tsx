import { bootPage } from '../components/boot';
import { DataPanel } from '../export/data-panel';
import { ExportPanel } from '../export/export-panel';
import { preloadLogView } from './list-loader';
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
