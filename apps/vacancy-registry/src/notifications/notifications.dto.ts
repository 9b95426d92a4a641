import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import {
  InboxItem,
  InboxPage,
  NOTIFICATION_KINDS,
  NotificationKind,
  Preference,
} from '@wt/notifications';
import { PageQueryDto, queryBoolean } from '../common/page.dto';

export class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'only unread notifications' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty({ example: '42' })
  id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  kind: NotificationKind;
  @ApiProperty({
    description: 'what happened; never a job seeker’s name, contact details, BSN or target group',
  })
  title: string;
  @ApiProperty({
    example: '/vacancies/2f0c6d1e-8d43-4a47-9a57-7d3c1d2f9b10/shortlist',
    description: 'the portal path of the item',
  })
  link: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  vacancyId: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'null: unread' })
  readAt: string | null;

  static from(item: InboxItem): NotificationDto {
    return Object.assign(new NotificationDto(), item);
  }
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] })
  items: NotificationDto[];
  @ApiProperty({ type: 'integer' })
  page: number;
  @ApiProperty({ type: 'integer' })
  pageSize: number;
  @ApiProperty({ type: 'integer', description: 'notifications matching the query' })
  total: number;
  @ApiProperty({ type: 'integer', description: 'unread notifications in the whole inbox' })
  unread: number;

  static from(page: InboxPage): NotificationPageDto {
    return Object.assign(new NotificationPageDto(), {
      ...page,
      items: page.items.map(NotificationDto.from),
    });
  }
}

export class UnreadCountDto {
  @ApiProperty({ type: 'integer' })
  unread: number;
}

export class MarkedCountDto {
  @ApiProperty({ type: 'integer', description: 'notifications marked read now' })
  marked: number;
}

export class PreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @ApiProperty({ description: 'show it in the inbox' })
  @IsBoolean()
  inApp: boolean;

  @ApiProperty({ description: 'include it in the e-mail digest (where e-mail is configured)' })
  @IsBoolean()
  email: boolean;

  static from(p: Preference): PreferenceDto {
    return Object.assign(new PreferenceDto(), p);
  }
}

export class PreferencesDto {
  @ApiProperty({ type: [PreferenceDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => PreferenceDto)
  preferences: PreferenceDto[];

  static from(preferences: Preference[]): PreferencesDto {
    return Object.assign(new PreferencesDto(), {
      preferences: preferences.map(PreferenceDto.from),
    });
  }
}
