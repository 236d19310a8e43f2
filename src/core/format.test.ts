import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatRelativeTime,
} from './format.js';

const now = new Date('2026-03-10T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const utc = { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' } as const;

describe('Intl helpers', () => {
  it('formats relative times in all four languages', () => {
    const threeDays = ago(3 * 86400);
    expect(formatRelativeTime(threeDays, 'en', now)).to.equal('3 days ago');
    expect(formatRelativeTime(threeDays, 'th', now)).to.equal('3 วันที่ผ่านมา');
    expect(formatRelativeTime(threeDays, 'id', now)).to.equal('3 hari yang lalu');
    expect(formatRelativeTime(threeDays, 'pl', now)).to.equal('3 dni temu');
  });

  it('picks a unit that fits the distance, past and future', () => {
    expect(formatRelativeTime(ago(10), 'en', now)).to.equal('now');
    expect(formatRelativeTime(ago(5 * 60), 'en', now)).to.equal('5 minutes ago');
    expect(formatRelativeTime(ago(3 * 3600), 'en', now)).to.equal('3 hours ago');
    expect(formatRelativeTime(ago(86400), 'en', now)).to.equal('yesterday');
    expect(formatRelativeTime(ago(14 * 86400), 'en', now)).to.equal('2 weeks ago');
    expect(formatRelativeTime(ago(90 * 86400), 'en', now)).to.equal('3 months ago');
    expect(formatRelativeTime(ago(800 * 86400), 'en', now)).to.equal('2 years ago');
    expect(formatRelativeTime(ago(-2 * 3600), 'en', now)).to.equal('in 2 hours');
    expect(formatRelativeTime('not a date', 'en', now)).to.equal('');
  });

  it('formats exact dates and times in all four languages', () => {
    const date = new Date('2026-03-04T14:05:00Z');
    expect(formatDateTime(date, 'en', utc)).to.equal('Mar 4, 2026, 2:05 PM');
    expect(formatDateTime(date, 'th', utc)).to.equal('4 มี.ค. 2569 14:05');
    expect(formatDateTime(date, 'id', utc)).to.equal('4 Mar 2026, 14.05');
    expect(formatDateTime(date, 'pl', utc)).to.equal('4 mar 2026, 14:05');
    expect(formatDateTime('2026-03-04T14:05:00Z', 'en', utc)).to.equal('Mar 4, 2026, 2:05 PM');
    expect(formatDateTime(Number.NaN, 'en')).to.equal('');
    // The default shows local time with date and time.
    expect(formatDateTime(date, 'en')).to.match(/2026/);
    expect(formatDate(new Date(2026, 2, 4, 12), 'pl')).to.equal('4 mar 2026');
  });

  it('formats durations with the two largest units in all four languages', () => {
    const handle = 4 * 60 + 12;
    expect(formatDuration(handle, 'en')).to.equal('4 min, 12 sec');
    expect(formatDuration(handle, 'th')).to.equal('4 นาที 12 วิ');
    expect(formatDuration(handle, 'id')).to.equal('4 mnt, 12 dtk');
    expect(formatDuration(handle, 'pl')).to.equal('4 min i 12 sek.');
    expect(formatDuration(3600 + 5 * 60 + 9, 'en')).to.equal('1 hr, 5 min');
    expect(formatDuration(2 * 86400 + 3 * 3600, 'en')).to.equal('2 days, 3 hr');
    expect(formatDuration(0, 'en')).to.equal('0 sec');
    expect(formatDuration(-1, 'en')).to.equal('');
    expect(formatDuration(Number.NaN, 'en')).to.equal('');
  });

  it('falls back to unit formatting where Intl.DurationFormat is missing', () => {
    const intl = Intl as unknown as Record<string, unknown>;
    const original = intl.DurationFormat;
    delete intl.DurationFormat;
    try {
      expect(formatDuration(252, 'en')).to.equal('4 min 12 sec');
      expect(formatDuration(252, 'pl')).to.equal('4 min 12 sek.');
    } finally {
      intl.DurationFormat = original;
    }
  });

  it('formats numbers and file sizes', () => {
    expect(formatNumber(12345.6, 'pl')).to.equal('12\u00a0345,6');
    expect(formatNumber(12345.6, 'id')).to.equal('12.345,6');
    expect(formatFileSize(820, 'en')).to.equal('820 bytes');
    expect(formatFileSize(1_450_000, 'en')).to.equal('1.5 MB');
    expect(formatFileSize(23_000, 'pl')).to.equal('23 kB');
  });
});
