// Tests import entrypoint helpers through '#imports' without a WXT build; re-export what they need.
export * from 'wxt/utils/define-background';
export * from 'wxt/utils/define-content-script';
