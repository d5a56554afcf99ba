/** The tile set the build cut from the geodata (geodata/build/vite_tiles.ts). */
declare module 'virtual:geodata-tiles' {
  const manifest: import('../geodata/build/vite_tiles.ts').TileManifest;
  export default manifest;
}
