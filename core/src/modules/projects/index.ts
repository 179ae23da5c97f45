export * from './projects-kit';
export * from './board';
export * from './this-week';
export * from './mentions';
export * from './schemas';
