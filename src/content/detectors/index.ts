import type { Detector } from '../context';
import { signIn } from './sign-in';
import { signOut } from './sign-out';

/** Every detector, one file each; the id is the file name (checked by a unit test). */
export const DETECTORS: readonly Detector[] = [signIn, signOut];
