import { bootPage } from '../components/boot';
import { OnboardingApp } from './onboarding-app';

await bootPage(({ settings }) => <OnboardingApp weekly={settings?.weeklySummary ?? false} />);
