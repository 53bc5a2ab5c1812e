import { Body, Controller, Get, HttpCode, Module, Post } from '@nestjs/common';
import { IsInt, IsString, MaxLength, Min } from 'class-validator';

export class BenchOrderDto {
  @IsString()
  @MaxLength(100)
  friendlyName!: string;

  @IsInt()
  @Min(1)
  quantity!: number;
}

/** The handler both adapters serve in the benchmark: a read and a validated write, no I/O. */
@Controller('bench')
export class BenchController {
  @Get('ping')
  ping(): { status: string } {
    return { status: 'ok' };
  }

  @Post('orders')
  @HttpCode(201)
  create(@Body() body: BenchOrderDto): { friendlyName: string; quantity: number; total: number } {
    return { friendlyName: body.friendlyName, quantity: body.quantity, total: body.quantity * 3 };
  }
}

@Module({ controllers: [BenchController] })
export class BenchAppModule {}
