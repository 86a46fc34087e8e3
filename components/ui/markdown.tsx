import ReactMarkdown from "react-markdown";

/**
 * Markdown typed by users, rendered on the server. react-markdown builds React elements (no
 * raw HTML is ever passed through) and drops javascript: and other unsafe URLs, so whatever
 * a user types stays text.
 */
export function Markdown({ children }: { children: string | null | undefined }) {
  if (!children) return null;
  return (
    <div className="prose-mekar space-y-3 text-sm leading-relaxed text-slate-800 [&_a]:text-emerald-800 [&_a]:underline [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:font-semibold [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc [&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1">
      <ReactMarkdown
        skipHtml
        components={{
          a: ({ href, children: c }) => (
            <a href={href} rel="nofollow noopener noreferrer">
              {c}
            </a>
          ),
          img: () => null,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
