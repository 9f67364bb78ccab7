import type { NextConfig } from "next";

const nextConfig: NextConfig = { serverExternalPackages: ["pg"] };

export default nextConfig;
