/** The offline strings of the interface (OfflineNotice); part of the one message module, `m.offline` in `$lib/messages`. */
export const offline = {
	saving: 'Saving the whole site on this device, so that it works offline…',
	saved: 'Saved: every page of the site now opens offline too.',
	saveFailed: 'The site could not be saved for offline use this time. It will try again on your next visit.',
	offline: 'You are offline. The whole site is saved on this device: every page still opens.',
	offlineUnsaved: 'You are offline. The site is not saved on this device yet, so pages you have not opened may not load.',
	backOnline: 'You are back online.',
	updateReady: 'A new version of the site is ready.',
	reload: 'Reload for the new version',
	dismiss: 'Dismiss this notice'
};
