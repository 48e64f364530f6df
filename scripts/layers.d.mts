export declare const LAYERS: Record<string, number>;
export declare const DATA: Record<string, number>;
export declare const PACKAGES: Record<string, string[]>;
export declare function mayImport(from: string, to: string): boolean;
