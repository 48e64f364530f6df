import { bootPage } from '../components/boot';
import { PopupApp } from './popup-app';

await bootPage(({ db }) => <PopupApp db={db} />);
