import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Principal, ROLES, Roles } from '@wt/auth';
import { InboxService } from '@wt/notifications';
import { pageOf } from '../common/page.dto';
import {
  InboxQueryDto,
  MarkedCountDto,
  NotificationDto,
  NotificationPageDto,
  PreferencesDto,
  UnreadCountDto,
} from './notifications.dto';

/**
 * The caller's own inbox and notification preferences, one for every role: the registry serves
 * it because every role calls the registry (employers never call the profile service).
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly inbox: InboxService) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'My notifications, newest first' })
  @ApiOkResponse({ type: NotificationPageDto })
  async list(@CurrentPrincipal() p: Principal, @Query() query: InboxQueryDto) {
    const { page, pageSize } = pageOf(query);
    return NotificationPageDto.from(await this.inbox.list(p, page, pageSize, query.unread));
  }

  @Get('unread-count')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'How many of my notifications are unread' })
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@CurrentPrincipal() p: Principal) {
    return this.inbox.unreadCount(p);
  }

  @Post('read-all')
  @HttpCode(200)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: MarkedCountDto })
  markAllRead(@CurrentPrincipal() p: Principal) {
    return this.inbox.markAllRead(p);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ description: 'not a notification of mine' })
  async markRead(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return NotificationDto.from(await this.inbox.markRead(p, id));
  }

  @Get('preferences')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'My settings per notification kind of my role (in-app, e-mail)' })
  @ApiOkResponse({ type: PreferencesDto })
  async preferences(@CurrentPrincipal() p: Principal) {
    return PreferencesDto.from(await this.inbox.preferences(p));
  }

  @Put('preferences')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Change my settings for some notification kinds' })
  @ApiOkResponse({ type: PreferencesDto })
  async updatePreferences(@CurrentPrincipal() p: Principal, @Body() body: PreferencesDto) {
    return PreferencesDto.from(await this.inbox.updatePreferences(p, body.preferences));
  }
}
