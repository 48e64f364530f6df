import { startPage } from '../components/start-page';
import { popupState } from './health';
import { PopupApp } from './popup-app';

await startPage(
  ({ db, prepared, settings }) => <PopupApp db={db} initial={prepared} settings={settings} />,
  {
    prepare: popupState,
  },
);
