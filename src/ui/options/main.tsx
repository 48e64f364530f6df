import { coerceSettings } from '../../storage/settings';
import { bootPage } from '../components/boot';
import { OptionsApp } from './options-app';
import { readGranted } from './use-settings';

// Unreadable storage still shows the page, on defaults; saving then writes good settings.
const granted = await readGranted();
await bootPage(({ settings }) => (
  <OptionsApp initial={settings ?? coerceSettings(undefined)} granted={granted} />
));
