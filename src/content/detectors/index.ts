import type { Detector } from '../context';
import { notice } from './notice';
import { signIn } from './sign-in';
import { signOut } from './sign-out';
import { withdrawal } from './withdrawal';

/** Every detector, one file each; the id is the file name (checked by a unit test). */
export const DETECTORS: readonly Detector[] = [notice, signIn, signOut, withdrawal];
