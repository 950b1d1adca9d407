import { afterEach, describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_URL, siteUrl, siteUrlOf } from '../../src/lib/site-url.ts';

describe('the site’s public address', () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  });

  it('is the preview address when SITE_URL is not set', () => {
    delete process.env.SITE_URL;
    expect(siteUrl()).toBe(DEFAULT_SITE_URL);
    expect(absoluteUrl('/policies/wuhan-2018/3-1-1/')).toBe('http://127.0.0.1:4321/policies/wuhan-2018/3-1-1/');
  });

  it('is SITE_URL when set, with one trailing slash', () => {
    process.env.SITE_URL = 'https://zhengceku.example.gov.cn';
    expect(siteUrl()).toBe('https://zhengceku.example.gov.cn/');
    expect(absoluteUrl('/tasks/')).toBe('https://zhengceku.example.gov.cn/tasks/');
  });

  it('refuses an address that is not an origin, saying which one to set', () => {
    expect(() => siteUrlOf('zhengceku.example.gov.cn')).toThrow('is not an absolute address');
    expect(() => siteUrlOf('ftp://example.org/')).toThrow('must start with https:// or http://');
    expect(() => siteUrlOf('https://example.org/zhengceku/')).toThrow('set SITE_URL to https://example.org/');
  });

  it('turns only site paths into addresses', () => {
    expect(() => absoluteUrl('tasks/')).toThrow('starting with /');
  });
});
