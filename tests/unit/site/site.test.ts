import { describe, expect, it } from 'vitest';
import { hostFromInput, hostOf, registrableDomain, sameOrigin, sameSite } from '../../../lib/core/site/site';

describe('site', () => {
  it('reads the registrable domain off the public suffix list', () => {
    expect(registrableDomain('news.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('WWW.Example.com.')).toBe('example.com');
    expect(registrableDomain('a.b.example.com.au')).toBe('example.com.au');
  });
  it('treats private suffixes as separate sites', () => {
    expect(sameSite('alice.github.io', 'bob.github.io')).toBe(false);
    expect(sameSite('x.blogspot.com', 'x.blogspot.com')).toBe(true);
  });
  it('keeps hosts with no registrable domain as they are', () => {
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('')).toBe('');
  });
  it('reads hosts from URLs', () => {
    expect(hostOf('https://www.Example.org:8080/a?b')).toBe('example.org');
    expect(hostOf('not a url')).toBe('');
    expect(hostOf('u1')).toBe('');
    expect(hostOf('mailto:someone@example.com')).toBe('');
    expect(hostOf('about:blank')).toBe('');
    expect(hostOf('https://bücher.de/')).toBe('xn--bcher-kva.de');
  });
  it('reads the host a person typed or pasted', () => {
    expect(hostFromInput('  WWW.Example.com/path?q ')).toBe('example.com');
    expect(hostFromInput('example.com:8080')).toBe('example.com');
    expect(hostFromInput('https://news.example.co.uk./a')).toBe('news.example.co.uk');
    expect(hostFromInput('not a host')).toBe('');
    expect(hostFromInput('')).toBe('');
  });
  it('tells origins apart by scheme, host and port, the default port being no port', () => {
    const origin = (url: string) => new URL(url);
    expect(sameOrigin(origin('https://example.com/a'), origin('https://example.com:443/b?c'))).toBe(true);
    expect(sameOrigin(origin('https://example.com/a'), origin('https://example.com:8443/a'))).toBe(false);
    expect(sameOrigin(origin('https://example.com/a'), origin('http://example.com/a'))).toBe(false);
    expect(sameOrigin(origin('https://a.github.io/'), origin('https://b.github.io/'))).toBe(false);
    expect(sameOrigin(origin('file:///a.html'), origin('file:///a.html'))).toBe(false);
  });
  it('counts a co.uk site as one site and a github.io user as one site', () => {
    expect(sameSite('news.bbc.co.uk', 'www.bbc.co.uk')).toBe(true);
    expect(sameSite('bbc.co.uk', 'itv.co.uk')).toBe(false);
    expect(sameSite('alice.github.io', 'docs.alice.github.io')).toBe(true);
  });
});
