import { XMLParser } from 'fast-xml-parser';
import { ApiProblem } from '../errors/api-problem';
import { brandProblemXml, brandSuccessXml, parseBrandXml } from './brand-xml';

const parse = (xml: string): unknown => new XMLParser({ parseTagValue: false }).parse(xml);

function problemOf(work: () => unknown): ApiProblem {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error('expected an ApiProblem');
}

describe('brand XML', () => {
  it("reads the guide's <BrandVetting> into the JSON shape, keeping values as text", () => {
    expect(
      parseBrandXml(
        'PUT',
        'vetting',
        '<?xml version="1.0" encoding="UTF-8"?>\n<BrandVetting>\n<EvpId>AEGIS</EvpId>\n<VettingId>0123</VettingId>\n<VettingToken> t </VettingToken>\n</BrandVetting>',
      ),
    ).toEqual({ evpId: 'AEGIS', vettingId: '0123', vettingToken: 't' });
    expect(
      parseBrandXml('POST', 'brands', '<Brand><Ein>001</Ein><Phone>+1800</Phone><Website/></Brand>'),
    ).toEqual({
      ein: '001',
      phone: '+1800',
    });
    expect(parseBrandXml('PUT', 'revet', '')).toBeUndefined();
  });

  it('lists every unknown element, and refuses a wrong root, malformed XML, DTDs and a body where none is taken', () => {
    const unknown = problemOf(() =>
      parseBrandXml('POST', 'vetting', '<BrandVetting><EvpId>WMC</EvpId><Foo/><Bar>1</Bar></BrandVetting>'),
    );
    expect(unknown.errors?.map((e) => [e.field, e.code])).toEqual([
      ['Foo', 'UNKNOWN_ELEMENT'],
      ['Bar', 'UNKNOWN_ELEMENT'],
    ]);
    expect(problemOf(() => parseBrandXml('POST', 'brands', '<Other/>')).errors?.[0]?.code).toBe(
      'UNKNOWN_ELEMENT',
    );
    expect(problemOf(() => parseBrandXml('POST', 'brands', '<Brand><Ein>1</Brand>')).errors?.[0]?.code).toBe(
      'MALFORMED_XML',
    );
    expect(
      problemOf(() => parseBrandXml('POST', 'brands', '<!DOCTYPE x [<!ENTITY a "b">]><Brand/>')).errors?.[0]
        ?.code,
    ).toBe('DTD_NOT_ALLOWED');
    expect(problemOf(() => parseBrandXml('PUT', 'revet', '<Brand/>')).errors?.[0]?.code).toBe(
      'UNEXPECTED_BODY',
    );
  });

  it("writes answers in the guide's wrappers and element names, leaving out nulls and escaping text", () => {
    const xml = brandSuccessXml('PUT', 'revet', {
      brandId: 'brd_1',
      companyName: 'A & B <Co>',
      website: null,
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<BrandRevetResponse><Brand><BrandId>brd_1</BrandId><CompanyName>A &amp; B &lt;Co&gt;</CompanyName></Brand></BrandRevetResponse>',
    );
    expect(
      parse(
        brandSuccessXml('GET', 'vetting', { data: [{ evpId: 'WMC' }, { evpId: 'CV' }], nextPageToken: null }),
      ),
    ).toEqual({
      '?xml': '',
      BrandVettingsResponse: { BrandVettings: { BrandVetting: [{ EvpId: 'WMC' }, { EvpId: 'CV' }] } },
    });
  });

  it('writes problems as ResponseStatus and Errors, with the registry code when there is one', () => {
    expect(
      parse(
        brandProblemXml('vetting', {
          code: 'VALIDATION_FAILED',
          errorCode: '12185',
          detail: 'A call to the campaign registry service has failed validation.',
          errors: [
            {
              field: 'brand',
              code: '525',
              message: 'Vetting re-submission not allowed with same brand information.',
            },
          ],
        }),
      ),
    ).toMatchObject({
      BrandVettingResponse: {
        ResponseStatus: {
          ErrorCode: '12185',
          Description: 'A call to the campaign registry service has failed validation.',
        },
        Errors: {
          Error: {
            Code: '525',
            Description: 'Vetting re-submission not allowed with same brand information.',
            Field: 'brand',
          },
        },
      },
    });
    expect(parse(brandProblemXml('brand', { code: 'NOT_FOUND', detail: 'brand x not found' }))).toMatchObject(
      {
        BrandResponse: { ResponseStatus: { ErrorCode: 'NOT_FOUND', Description: 'brand x not found' } },
      },
    );
  });
});
