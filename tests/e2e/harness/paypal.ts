/**
 * The calls a shared flow makes on a page, named as Playwright names them: a Playwright `Page`
 * is one, and so is the Firefox adapter's `FirefoxPage` (tests/e2e/harness/firefox.ts).
 */
export interface FlowPage {
  goto(url: string): Promise<unknown>;
  fill(selector: string, value: string): Promise<void>;
  click(selector: string): Promise<void>;
  waitForURL(glob: string): Promise<void>;
}

/** The PayPal fixture's password that signs in; any other fails. */
export const PAYPAL_PASSWORD = 'correct horse battery';

export interface PayPalSignIn {
  /** Whether the fixture lets the user in (the right password) or shows its error. */
  succeed: boolean;
  email?: string;
  /** Overrides the password `succeed` chose (a canary value, say); `succeed` still says where it lands. */
  password?: string;
}

/**
 * Fills and sends the PayPal fixture's sign-in on a page already at /signin, and waits for the
 * page it lands on: the account summary, or /signin?error=1.
 */
export async function sendPayPalSignIn(
  page: FlowPage,
  { succeed, email = 'someone@example.com', password }: PayPalSignIn,
): Promise<void> {
  await page.fill('#email', email);
  await page.fill('#password', password ?? (succeed ? PAYPAL_PASSWORD : 'wrong-password'));
  await Promise.all([
    page.waitForURL(succeed ? '**/myaccount/summary' : '**/signin?error=1'),
    page.click('#btnLogin'),
  ]);
}

/** Opens the PayPal fixture's sign-in page and signs in (or fails to): `sendPayPalSignIn`. */
export async function payPalSignIn(page: FlowPage, attempt: PayPalSignIn): Promise<void> {
  await page.goto('https://www.paypal.com/signin');
  await sendPayPalSignIn(page, attempt);
}
