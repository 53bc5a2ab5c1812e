import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '../roles';

export class CreateStaffDto {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Riley Reviewer' })
  @IsString()
  @Matches(/\S/, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  role!: StaffRole;
}

export class CreateStaffResponseDto {
  @ApiProperty({ example: 'stf_01JD6ZQ2W7V0K6X9T3N4R5S8Y1' })
  staffId!: string;

  @ApiProperty({ description: 'A key with the staff role. Shown once: only its hash is stored.' })
  apiKey!: string;
}
