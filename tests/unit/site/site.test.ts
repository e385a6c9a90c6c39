import { describe, expect, it } from 'vitest';
import { hostOf, registrableDomain, sameSite } from '../../../lib/core/site/site';

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
  });
});
