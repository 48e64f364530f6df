import browser from 'webextension-polyfill';
import { render } from 'preact';
import { openDb } from '../../storage/db';
import { readSettings } from '../../storage/settings';
import { resolveLanguage, setLanguage } from '../i18n';
import { PopupApp } from './popup-app';

const settings = await readSettings(browser.storage.local).catch(() => undefined);
setLanguage(resolveLanguage(settings?.locale ?? 'auto', browser.i18n.getUILanguage()));
const app = document.getElementById('app') as HTMLElement;
render(<PopupApp db={openDb()} />, app);
