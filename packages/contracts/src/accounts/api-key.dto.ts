import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '../roles';

export class IssueApiKeyResponseDto {
  @ApiProperty({ example: 'key_01JD6ZQ2W7V0K6X9T3N4R5S8Y1' })
  apiKeyId!: string;

  @ApiProperty({ description: 'Shown once: only its hash is stored.' })
  apiKey!: string;
}

export class ApiKeySummaryDto {
  @ApiProperty()
  apiKeyId!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  revokedAt!: string | null;
}

export class AccountResponseDto {
  @ApiProperty()
  accountId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: [ApiKeySummaryDto] })
  apiKeys!: ApiKeySummaryDto[];
}
