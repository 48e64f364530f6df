import type { Page } from 'playwright-core';

/**
 * The Alipay fixture's withdrawal to a bank card (招商银行), paid with the payment password, up to
 * its result page ("提现成功"): what the recovery test and the gallery record as an overrun of
 * an 800 CNY daily limit.
 */
export async function alipayWithdrawal(page: Page, amount = '1000'): Promise<void> {
  await page.goto('https://personalweb.alipay.com/fund/withdraw/apply.htm');
  await page.locator('#J-amount').pressSequentially(amount);
  await page.locator('#J-card-select').click();
  await page.locator('.ui-select-option', { hasText: '招商银行' }).click();
  await page.locator('#J-next').click();
  await page.locator('#payPassword_rsainput').fill('135790');
  await Promise.all([page.waitForURL('**/fund/withdraw/result.htm'), page.click('#J-submit')]);
  await page.getByText('提现成功').waitFor();
}
