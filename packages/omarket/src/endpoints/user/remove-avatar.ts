import { defineEndpoint } from '@x/core/provider';
import { messageResult } from '../../schemas/common';

/** DELETE ads-board/v1/user/remove-avatar/: remove the caller's avatar. */
export const userRemoveAvatar = /* @__PURE__ */ defineEndpoint({
  method: 'DELETE',
  path: '/api/ads-board/v1/user/remove-avatar/',
  summary: "Remove the caller's avatar (result \"Successfully deleted\").",
  docs: 'seed 002 "Удалить аватарку"',
  response: messageResult,
  safe: false,
});
