import { bootPage } from '../components/boot';
import { OnboardingApp } from './onboarding-app';

await bootPage(() => <OnboardingApp />);
