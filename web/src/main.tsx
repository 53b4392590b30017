import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { App } from './App'
import { prefetchForRoute } from './prefetch'
import './styles.css'

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // the index moves every block; a few seconds of staleness is what the API's own cache allows
      staleTime: 10_000,
      retry: (count, error) => count < 2 && (error as { code?: string }).code !== 'BAD_USER_INPUT',
      refetchOnWindowFocus: false,
    },
  },
})

prefetchForRoute(queryClient, window.location.pathname)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
)
