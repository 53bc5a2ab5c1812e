import {
  CreateDocumentDto,
  DocumentPageDto,
  DocumentResponseDto,
  ID_PREFIX,
  ListAssetsQueryDto,
  newId,
  UpdateDocumentDto,
  type AssetPage,
  type CreateDocumentRequest,
  type DocumentView,
  type UpdateDocumentRequest,
} from '@compliance/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../catalog/catalog-http.dto';
import { createValidationPipe } from '../validation/validation.pipe';
import { documentUploadOf } from './document-upload';
import { checkAccountId, checkId } from './identity-ids';
import { IdentityFilesClient } from './identity-files.client';
import { IdentityClient } from './identity.client';

const validation = createValidationPipe();

@ApiTags('Identity assets: supporting documents')
@ApiBearerAuth()
@ApiParam({ name: 'accountId', example: 'acc_01JGFJJZ000000000000000000' })
@ApiProblems(401, 403, 503)
@ApiExtraModels(CreateDocumentDto)
@Controller('v1/accounts/:accountId/compliance/documents')
export class DocumentsController {
  constructor(
    private readonly identity: IdentityClient,
    private readonly files: IdentityFilesClient,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create a supporting document',
    description:
      '`multipart/form-data` with a `metadata` part (the JSON below, at most 16 KiB) and an optional `file` part, or ' +
      'plain JSON when there is no file. The file is at most 10 MiB (413 `PAYLOAD_TOO_LARGE`) and must be a PDF, PNG ' +
      'or JPEG accepted by the document type, judged from its bytes, never its name or declared type (415 ' +
      '`UNSUPPORTED_MEDIA_TYPE`); a malformed or truncated multipart body is 400. Fields are checked against the ' +
      'document type. Everything personal (fields, names, the file) is encrypted at rest, with the data key of the ' +
      'linked `endUserId` when given; erased values read as `[ERASED]`.',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      oneOf: [
        {
          type: 'object',
          required: ['metadata'],
          properties: {
            metadata: { $ref: getSchemaPath(CreateDocumentDto) },
            file: { type: 'string', format: 'binary', description: 'PDF, PNG or JPEG, at most 10 MiB.' },
          },
        },
        { $ref: getSchemaPath(CreateDocumentDto) },
      ],
    },
  })
  @ApiCreatedResponse({ type: DocumentResponseDto })
  @ApiProblems(400, 404, 413, 415)
  async create(@Param('accountId') accountId: string, @Req() request: FastifyRequest): Promise<DocumentView> {
    checkAccountId(accountId);
    const upload = documentUploadOf(request);
    const body = (await validation.transform(upload ? upload.metadata : request.body, {
      type: 'body',
      metatype: CreateDocumentDto,
    })) as CreateDocumentDto;
    const document: CreateDocumentRequest = {
      accountId,
      documentId: newId(ID_PREFIX.document),
      type: body.type,
      friendlyName: body.friendlyName,
      customReference: body.customReference ?? null,
      fields: body.fields,
      endUserId: body.endUserId ?? null,
    };
    if (upload?.file) {
      const { bytes, fileName, declaredMimeType } = upload.file;
      return this.files.upload(accountId, { ...document, fileName, declaredMimeType }, bytes);
    }
    return this.identity.send('createDocument', document, document.documentId);
  }

  @Get()
  @ApiOperation({
    summary: 'List documents',
    description: 'Oldest first, paged with `pageSize` and `pageToken`.',
  })
  @ApiOkResponse({ type: DocumentPageDto })
  @ApiProblems(400, 404)
  list(
    @Param('accountId') accountId: string,
    @Query() query: ListAssetsQueryDto,
  ): Promise<AssetPage<DocumentView>> {
    checkAccountId(accountId);
    return this.identity.send('listDocuments', {
      accountId,
      pageSize: query.pageSize,
      ...(query.pageToken !== undefined && { pageToken: query.pageToken }),
    });
  }

  @Get(':documentId')
  @ApiOperation({ summary: 'Get a document' })
  @ApiOkResponse({ type: DocumentResponseDto })
  @ApiProblems(404)
  get(@Param('accountId') accountId: string, @Param('documentId') documentId: string): Promise<DocumentView> {
    checkAccountId(accountId);
    checkId(ID_PREFIX.document, documentId, 'document');
    return this.identity.send('getDocument', { accountId, assetId: documentId }, documentId);
  }

  @Get(':documentId/file')
  @ApiOperation({
    summary: "Download a document's file",
    description:
      'Streams the file as uploaded, with its MIME type (judged from the bytes) and `X-Content-SHA256`. 404 when the ' +
      'document has no file, its file was deleted after verification (`fileContentExists: false`), or it was erased.',
  })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The file.', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(404)
  async file(
    @Param('accountId') accountId: string,
    @Param('documentId') documentId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    checkAccountId(accountId);
    checkId(ID_PREFIX.document, documentId, 'document');
    const file = await this.files.download(accountId, documentId);
    const name = file.fileName ?? documentId;
    await reply
      .status(200)
      .header('Content-Type', file.mimeType)
      .header('Content-Length', String(file.size))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('X-Content-SHA256', file.sha256 ?? '')
      .send(file.body);
  }

  @Patch(':documentId')
  @ApiOperation({
    summary: 'Update a document',
    description:
      'JSON only: friendly name, reference and fields (merged; null removes a field). The file cannot be replaced: ' +
      'create a new document. 409 `ASSET_LOCKED` while a bundle under review or approved holds it.',
  })
  @ApiOkResponse({ type: DocumentResponseDto })
  @ApiProblems(400, 404, 409)
  update(
    @Param('accountId') accountId: string,
    @Param('documentId') documentId: string,
    @Body() body: UpdateDocumentDto,
  ): Promise<DocumentView> {
    checkAccountId(accountId);
    checkId(ID_PREFIX.document, documentId, 'document');
    const request: UpdateDocumentRequest = {
      accountId,
      documentId,
      ...(body.friendlyName !== undefined && { friendlyName: body.friendlyName }),
      ...(body.customReference !== undefined && { customReference: body.customReference }),
      ...(body.fields !== undefined && { fields: body.fields }),
    };
    return this.identity.send('updateDocument', request, documentId);
  }

  @Delete(':documentId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a document',
    description: '409 `ASSET_LOCKED` while a locking bundle holds it.',
  })
  @ApiNoContentResponse()
  @ApiProblems(404, 409)
  async delete(
    @Param('accountId') accountId: string,
    @Param('documentId') documentId: string,
  ): Promise<void> {
    checkAccountId(accountId);
    checkId(ID_PREFIX.document, documentId, 'document');
    await this.identity.send('deleteDocument', { accountId, assetId: documentId }, documentId);
  }
}
