// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Parallel builds (e.g. two test runs) each need their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Prisma's generated clients and the database drivers stay on the server as plain Node modules.
  // pdfkit too: it reads its font files from disk at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "pdfkit"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Keep equal to MAX_POST_BYTES (lib/evidence/limits.ts): proxy.ts answers larger posts itself.
    serverActions: { bodySizeLimit: "25mb" },
    // proxy.ts sees upload posts; Next buffers what it sees, and would cut larger bodies short.
    proxyClientMaxBodySize: "25mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
