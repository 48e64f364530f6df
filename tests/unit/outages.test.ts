import { describe, expect, it } from 'vitest';
import { outageEvent, type RequestInfo } from '../../src/background/outages';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';

const NOW = 1_700_000_000_000;
const page: RequestInfo = {
  url: 'https://www.binance.com/en/my/wallet?x=1',
  type: 'main_frame',
  tabId: 3,
};
const api: RequestInfo = {
  url: 'https://www.binance.com/bapi/asset/v1/withdraw',
  type: 'xmlhttprequest',
  tabId: 3,
  initiator: 'https://www.binance.com',
};

describe('outageEvent', () => {
  it.each<[string, RequestInfo, string]>([
    ['a page answering 502', { ...page, statusCode: 502 }, 'HTTP 502'],
    ['an API call answering 503', { ...api, statusCode: 503 }, 'HTTP 503'],
    [
      'a page that cannot connect',
      { ...page, error: 'net::ERR_CONNECTION_REFUSED' },
      'net::ERR_CONNECTION_REFUSED',
    ],
    [
      'a Firefox connection failure',
      { ...page, error: 'NS_ERROR_NET_TIMEOUT' },
      'NS_ERROR_NET_TIMEOUT',
    ],
    [
      'an API call from Firefox',
      { ...api, initiator: undefined, originUrl: 'https://www.binance.com/en/', statusCode: 500 },
      'HTTP 500',
    ],
  ])('records %s', (_, details, message) => {
    expect(outageEvent(details, DEFAULT_SETTINGS, NOW)).toEqual({
      at: NOW,
      kind: 'site.error',
      walletId: 'binance',
      origin: 'https://www.binance.com',
      path: new URL(details.url).pathname,
      message,
    });
  });

  it.each<[string, RequestInfo]>([
    ['a 404', { ...page, statusCode: 404 }],
    ['a 200', { ...page, statusCode: 200 }],
    ['a navigation the user cancelled', { ...page, error: 'net::ERR_ABORTED' }],
    ['a request another extension blocked', { ...page, error: 'net::ERR_BLOCKED_BY_CLIENT' }],
    ['a non-wallet host', { ...page, url: 'https://example.com/', statusCode: 500 }],
    [
      'a wallet API called by another site',
      { ...api, initiator: 'https://evil.example', statusCode: 500 },
    ],
    ['a request outside a tab', { ...page, tabId: -1, statusCode: 500 }],
    ['an image', { ...page, type: 'image', statusCode: 500 }],
  ])('ignores %s', (_, details) => {
    expect(outageEvent(details, DEFAULT_SETTINGS, NOW)).toBeUndefined();
  });
});
