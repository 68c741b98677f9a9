import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The build lands in the Maven module's classes: the jar is the static site the gateway serves at "/".
export default defineConfig({
  plugins: [
    vue(),
    // Element Plus components (and their CSS) imported on demand, only where a template uses them
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev` against `make up`'s gateway
    proxy: { '/api': 'http://localhost:8080', '/auth': 'http://localhost:8080', '/public': 'http://localhost:8080' },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // Element Plus imports its CSS from its ES modules: let Vite transform it rather than Node load it
    server: { deps: { inline: ['element-plus'] } },
  },
})
