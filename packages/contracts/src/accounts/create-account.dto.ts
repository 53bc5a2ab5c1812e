import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

export class CreateAccountDto {
  @ApiProperty({
    description: 'Display name of the customer account.',
    minLength: 1,
    maxLength: 200,
    example: 'Acme Telecom',
  })
  @IsString()
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;
}

export class CreateAccountResponseDto {
  @ApiProperty({ example: 'acc_01JD6ZQ2W7V0K6X9T3N4R5S8Y1' })
  accountId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ description: 'A CUSTOMER key for this account. Shown once: only its hash is stored.' })
  apiKey!: string;

  @ApiProperty({ description: 'Secret for verifying `X-Compliance-Signature` on webhooks. Shown once.' })
  webhookSigningSecret!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}
