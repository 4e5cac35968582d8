// Ambient types Vite provides to the client: CSS imports, import.meta.env.
/// <reference types="vite/client" />
