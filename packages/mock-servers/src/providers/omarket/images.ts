// O!Market uploads: ad images and the user's avatar, stored as URLs on the mock's media host.
import type { omarketProvider } from '@x/omarket/endpoints';
import type { ProviderMockDefinition } from '../../types';
import { ownAd } from './ads';
import { objectName, type OmarketState, type OmarketUser } from './store';
import { envelope, notFound } from './views';

function imageURL(state: OmarketState, folder: string, file: Blob, upper: boolean): { url: string; thumbnail: string } {
  const name = (file as File).name ?? '';
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1] ?? 'jpeg';
  const fileName = `${objectName(state.random)}.${upper ? ext.toUpperCase() : ext.toLowerCase()}`;
  const base = state.config.mediaBaseURL.replace(/\/+$/, '');
  return { url: `${base}/${folder}/${fileName}`, thumbnail: `${base}/${folder}/minify/${fileName}` };
}

type Resolvers = NonNullable<ProviderMockDefinition<typeof omarketProvider.endpoints, OmarketState>['resolvers']>;

/** Image uploads and removals (ads and avatars). */
export const imageResolvers = {
  async 'ads.uploadImage'({ input, state, principal }) {
    const ad = ownAd(state, input.path.uuid, principal as OmarketUser);
    if (!ad) return notFound;
    const { url, thumbnail } = imageURL(state, 'ads', input.body.image, true);
    await state.ads.update(ad, {
      data(a) {
        a.images.push(url);
        a.minify_images.push(thumbnail);
      },
    });
    return envelope({ url }, 'Uploaded');
  },

  async 'ads.removeImage'({ input, state, principal, example }) {
    const ad = ownAd(state, input.path.uuid, principal as OmarketUser);
    if (!ad) return notFound;
    const index = ad.images.indexOf(input.body.url);
    if (index < 0) return example('image-not-found');
    await state.ads.update(ad, {
      data(a) {
        a.images.splice(index, 1);
        a.minify_images.splice(index, 1);
      },
    });
    return envelope('Successfully deleted');
  },

  async 'user.uploadAvatar'({ input, state, principal }) {
    const { url } = imageURL(state, 'ads-avatar', input.body.image, false);
    await state.users.update(principal as OmarketUser, { data: (u) => void (u.avatar = url) });
    return envelope({ url }, 'Uploaded');
  },

  async 'user.removeAvatar'({ state, principal }) {
    await state.users.update(principal as OmarketUser, { data: (u) => void (u.avatar = '') });
    return envelope('Successfully deleted');
  }
} satisfies Resolvers;
