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
    // `npm run dev` (and `vite preview`) against `make up`'s gateway; the browser's Origin is dropped,
    // as the page is same-origin once the gateway serves it
    proxy: Object.fromEntries(['/api', '/auth', '/public', '/openapi.json'].map((path) => [path, {
      target: 'http://localhost:8080',
      configure: (proxy: { on: (event: string, f: (request: { removeHeader: (name: string) => void }) => void) => void }) =>
        proxy.on('proxyReq', (request) => request.removeHeader('origin')),
    }])),
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // Element Plus imports its CSS from its ES modules: let Vite transform it rather than Node load it
    server: { deps: { inline: ['element-plus'] } },
  },
})
