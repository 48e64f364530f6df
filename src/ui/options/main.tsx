import { coerceSettings } from '../../storage/settings';
import { bootPage } from '../components/boot';
import { OptionsApp } from './options-app';

// Unreadable storage still shows the page, on defaults; saving then writes good settings.
await bootPage(({ settings }) => <OptionsApp initial={settings ?? coerceSettings(undefined)} />);
