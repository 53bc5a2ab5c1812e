import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  CityInfoQueryDto,
  FindRequirementsQueryDto,
  GetRegulationQueryDto,
  PublishRegulationDto,
} from './catalog.dto';
import { catalogTopics } from './catalog.topics';

const failures = (cls: new () => object, body: object) =>
  validateSync(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true })
    .map((e) => e.property)
    .sort();

describe('catalog DTOs', () => {
  it('accepts raw filters and refuses over-long ones', () => {
    expect(failures(FindRequirementsQueryDto, {})).toEqual([]);
    expect(failures(FindRequirementsQueryDto, { country: 'de', numberType: 'geographic' })).toEqual([]);
    expect(
      failures(FindRequirementsQueryDto, { country: 'x'.repeat(65), endUserType: 'y'.repeat(65) }),
    ).toEqual(['country', 'endUserType']);
  });

  it.each(['0', '-1', '1.5', 'abc', ''])('refuses version %j', (version) => {
    expect(failures(GetRegulationQueryDto, { version })).toEqual(['version']);
  });

  it('accepts a positive version', () => {
    expect(failures(GetRegulationQueryDto, { version: '12' })).toEqual([]);
  });

  it('reads pageSize from a query string, defaults it to 20, and keeps it within 1..100', () => {
    expect(plainToInstance(CityInfoQueryDto, {}).pageSize).toBe(20);
    expect(plainToInstance(CityInfoQueryDto, { pageSize: '50' }).pageSize).toBe(50);
    expect(failures(CityInfoQueryDto, { pageSize: '50' })).toEqual([]);
    for (const pageSize of ['0', '101', '2.5', 'x']) {
      expect(failures(CityInfoQueryDto, { pageSize })).toEqual(['pageSize']);
    }
    expect(failures(CityInfoQueryDto, { pageToken: 'x'.repeat(513) })).toEqual(['pageToken']);
  });

  it('checks the publish body shallowly, listing every bad field', () => {
    const body = {
      country: 'DE',
      numberType: 'LOCAL',
      endUserType: 'BUSINESS',
      requirement: {},
      gracePeriodDays: 30,
    };
    expect(failures(PublishRegulationDto, body)).toEqual([]);
    expect(
      failures(PublishRegulationDto, { ...body, requirement: 'x', gracePeriodDays: 366, country: 7 }),
    ).toEqual(['country', 'gracePeriodDays', 'requirement']);
  });
});

describe('catalogTopics', () => {
  it('prefixes every topic with the namespace', () => {
    const topics = catalogTopics('t1.');
    expect(topics.events).toBe('t1.catalog.events');
    expect(topics.patterns.publishRegulation).toBe('t1.catalog.publish-regulation');
    expect(topics.replyTopics).toContain('t1.catalog.city-info.reply');
    expect(topics.requestTopics).toHaveLength(8);
  });
});
